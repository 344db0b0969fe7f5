# case: candidate generator keeps the top-k tails per query where k is the largest number of known answers in the batch (int() of a tensor) -> Graph mode should fail or go dynamic on the data-dependent k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CandidateConfig:
    def __init__(self, num_entities=32, num_relations=5, hidden=12, extra_candidates=2, normalize=True):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.hidden = hidden
        self.extra_candidates = extra_candidates
        self.normalize = normalize


class CandidateGenerator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.extra = config.extra_candidates
        self.normalize = getattr(config, "normalize", False)
        self.entity = Parameter(Tensor(np.random.randn(config.num_entities, config.hidden).astype(np.float32)), name="entity")
        self.relation = Parameter(Tensor(np.random.randn(config.num_relations, config.hidden).astype(np.float32)), name="relation")

    def _top_candidates(self, scores, num_known):
        k = int(num_known.max()) + self.extra
        values, indices = ops.topk(scores, k, dim=-1)
        return values, indices

    def construct(self, h, r, num_known):
        ent = self.entity
        if self.normalize:
            ent = ops.L2Normalize(axis=-1)(ent)
        q = ent[h] + self.relation[r]
        scores = -ops.sqrt(((q[:, None, :] - ent[None, :, :]) ** 2).sum(-1) + 1e-9)
        return self._top_candidates(scores, num_known)


def make():
    np.random.seed(3673)
    cfg = CandidateConfig()
    h = Tensor(np.random.randint(0, cfg.num_entities, 6), ms.int32)
    r = Tensor(np.random.randint(0, cfg.num_relations, 6), ms.int32)
    num_known = Tensor(np.array([1, 3, 2, 1, 4, 2]), ms.int32)
    return CandidateGenerator(cfg), (h, r, num_known)
