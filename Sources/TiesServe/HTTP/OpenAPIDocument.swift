/// The OpenAPI 3.1 description of the explorer's JSON answers, served at `/openapi.yaml`.
enum OpenAPIDocument {
  static let yaml = """
    openapi: 3.1.0
    info:
      title: Ties explorer API
      version: 1.0.0
      description: >-
        Read-only answers about the knowledge graph that `ties serve` loaded, in the shapes of
        `ties ... --format json`. Names are matched as on the command line (case, word order,
        romanizations, acronyms, aliases, ids). Every answer is bounded; `truncated` or `notes`
        say when a bound cut it.
    servers:
      - url: /
    paths:
      /api/search:
        get:
          summary: Entities a name matches, from the first matching tier (id, exact, acronym, words).
          parameters:
            - {name: q, in: query, required: true, schema: {type: string}}
            - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100, default: 100}}
          responses:
            '200': {description: Matches, content: {application/json: {schema: {$ref: '#/components/schemas/Search'}}}}
            '400': {$ref: '#/components/responses/Error'}
      /api/entity/{id}:
        get:
          summary: An entity with its relations and their evidence sentences.
          parameters:
            - {name: id, in: path, required: true, schema: {type: string}}
          responses:
            '200': {description: The entity, content: {application/json: {schema: {$ref: '#/components/schemas/EntityAnswer'}}}}
            '404': {$ref: '#/components/responses/Error'}
      /api/path:
        get:
          summary: How two entities are connected, each hop with its evidence (as ties path).
          parameters:
            - {name: from, in: query, required: true, schema: {type: string}}
            - {name: to, in: query, required: true, schema: {type: string}}
            - {name: k, in: query, schema: {type: integer, minimum: 1, default: 1}, description: at most 5 are listed}
            - {name: via, in: query, schema: {type: string}, description: comma-separated predicates}
            - {name: all, in: query, schema: {type: boolean}, description: every shortest path, at most 20}
            - {name: weighted, in: query, schema: {type: boolean}}
            - {name: max_hops, in: query, schema: {type: integer, minimum: 1}}
          responses:
            '200': {description: The paths (none when nothing joins them), content: {application/json: {schema: {$ref: '#/components/schemas/Paths'}}}}
            '400': {$ref: '#/components/responses/Error'}
            '404': {$ref: '#/components/responses/Error'}
      /api/neighbors:
        get:
          summary: Entities within radius hops of an entity, by distance then id (at most 1,000).
          parameters:
            - {name: name, in: query, required: true, schema: {type: string}}
            - {name: radius, in: query, schema: {type: integer, minimum: 0, maximum: 3, default: 1}}
          responses:
            '200': {description: The neighbourhood, content: {application/json: {schema: {$ref: '#/components/schemas/Neighbors'}}}}
            '400': {$ref: '#/components/responses/Error'}
            '404': {$ref: '#/components/responses/Error'}
      /api/rank:
        get:
          summary: Entities ranked by a centrality measure (as ties rank).
          parameters:
            - {name: by, in: query, schema: {type: string, enum: [degree, pagerank, betweenness, closeness, eigenvector], default: degree}}
            - {name: type, in: query, schema: {type: string}}
            - {name: top, in: query, schema: {type: integer, minimum: 1, maximum: 1000, default: 10}}
            - {name: weighted, in: query, schema: {type: boolean}}
          responses:
            '200': {description: The ranking, content: {application/json: {schema: {$ref: '#/components/schemas/Rank'}}}}
            '400': {$ref: '#/components/responses/Error'}
            '422': {$ref: '#/components/responses/Error'}
    components:
      responses:
        Error:
          description: What went wrong; for a name, its candidates or the nearest names.
          content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
      schemas:
        Entity:
          type: object
          required: [id, name, type]
          properties: {id: {type: string}, name: {type: string}, type: {type: string}}
        Evidence:
          type: object
          required: [document, sentence]
          properties: {document: {type: string}, sentence: {type: integer}, text: {type: string}}
        Hop:
          type: object
          required: [subject, predicate, object, evidence]
          properties:
            subject: {type: string}
            predicate: {type: string}
            object: {type: string}
            role: {type: string}
            event: {type: string}
            as_of: {type: string}
            evidence: {type: array, items: {$ref: '#/components/schemas/Evidence'}}
        Search:
          type: object
          properties:
            query: {type: string}
            tier: {type: string, enum: [id, exact, acronym, words, none]}
            total: {type: integer}
            truncated: {type: boolean}
            results: {type: array, items: {$ref: '#/components/schemas/Entity'}}
            suggestions: {type: array, items: {$ref: '#/components/schemas/Entity'}}
        EntityAnswer:
          type: object
          properties:
            entity: {$ref: '#/components/schemas/Entity'}
            aliases: {type: array, items: {type: string}}
            mentions: {type: integer}
            degree: {type: integer}
            relations: {type: array, items: {$ref: '#/components/schemas/Hop'}}
            truncated: {type: boolean}
        Paths:
          type: object
          properties:
            from: {$ref: '#/components/schemas/Entity'}
            to: {$ref: '#/components/schemas/Entity'}
            notes: {type: array, items: {type: string}}
            paths:
              type: array
              items:
                type: object
                properties:
                  cost: {type: number}
                  length: {type: integer}
                  vertices: {type: array, items: {$ref: '#/components/schemas/Entity'}}
                  hops: {type: array, items: {$ref: '#/components/schemas/Hop'}}
        Neighbors:
          type: object
          properties:
            center: {$ref: '#/components/schemas/Entity'}
            radius: {type: integer}
            truncated: {type: boolean}
            neighbors:
              type: array
              items:
                type: object
                properties: {distance: {type: integer}, entity: {$ref: '#/components/schemas/Entity'}}
        Rank:
          type: object
          properties:
            by: {type: string}
            type: {type: string}
            ranking:
              type: array
              items:
                type: object
                properties: {rank: {type: integer}, score: {type: number}, entity: {$ref: '#/components/schemas/Entity'}}
        Error:
          type: object
          required: [error]
          properties:
            error: {type: string}
            candidates: {type: array, items: {$ref: '#/components/schemas/Entity'}}

    """
}
