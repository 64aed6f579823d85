import TiesModel
