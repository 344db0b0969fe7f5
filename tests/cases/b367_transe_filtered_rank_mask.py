# case: TransE evaluator ranks the true tail of one query after dropping known true tails with boolean-mask indexing inside a ranking helper -> Graph mode should reject or go dynamic on the mask index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EvalConfig:
    def __init__(self, num_entities=40, num_relations=6, embedding_dim=16, p_norm=1, filtered=True):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.embedding_dim = embedding_dim
        self.p_norm = p_norm
        self.filtered = filtered


def _filtered_rank(scores, true_idx, known_mask):
    # scores: (E,), known_mask: (E,) bool, True where (h, r, e) is a known triple other than the target
    true_score = scores[true_idx]
    candidates = scores[ops.logical_not(known_mask)]
    return (candidates > true_score).astype(ms.float32).sum() + 1.0


class TransEEvaluator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.filtered = config.filtered
        self.p_norm = config.p_norm
        self._init_embeddings(config)

    def _init_embeddings(self, config):
        bound = 6.0 / np.sqrt(config.embedding_dim)
        ent = np.random.uniform(-bound, bound, (config.num_entities, config.embedding_dim)).astype(np.float32)
        rel = np.random.uniform(-bound, bound, (config.num_relations, config.embedding_dim)).astype(np.float32)
        self.entity_embeddings = Parameter(Tensor(ent), name="entity_embeddings")
        self.relation_embeddings = Parameter(Tensor(rel), name="relation_embeddings")

    def score_all_tails(self, h, r):
        query = self.entity_embeddings[h] + self.relation_embeddings[r]
        diff = query[None, :] - self.entity_embeddings
        return -ops.abs(diff).sum(-1)

    def construct(self, h, r, t, known_mask):
        scores = self.score_all_tails(h, r)
        if self.filtered:
            return _filtered_rank(scores, t, known_mask)
        return (scores > scores[t]).astype(ms.float32).sum() + 1.0


def make():
    np.random.seed(3671)
    cfg = EvalConfig()
    mask = np.random.rand(cfg.num_entities) < 0.2
    mask[11] = False
    return TransEEvaluator(cfg), (Tensor(5, ms.int32), Tensor(2, ms.int32), Tensor(11, ms.int32), Tensor(mask))
