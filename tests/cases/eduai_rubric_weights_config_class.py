# case: grading cell reads criterion weights from a plain Python config object in __init__ and sums weighted criterion means in construct -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RubricConfig:
    def __init__(self):
        self.criteria = ("clarity", "accuracy", "structure")
        self.weights = {"clarity": 0.2, "accuracy": 0.5, "structure": 0.3}
        self.max_points = 5.0


class WeightedRubric(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else RubricConfig()
        self.weight_vec = Tensor(np.array([cfg.weights[c] for c in cfg.criteria], dtype=np.float32))
        self.max_points = cfg.max_points

    def construct(self, criterion_scores):
        per_criterion = criterion_scores.mean(axis=0) / self.max_points
        total = (per_criterion * self.weight_vec).sum()
        return total * 100.0


def make():
    np.random.seed(18)
    scores = Tensor(np.random.uniform(0, 5, (7, 3)).astype(np.float32))
    return WeightedRubric(), (scores,)
