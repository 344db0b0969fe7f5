# case: accumulates queried indices by concatenating onto a growing tensor inside a while loop whose stop test compares the running uncertainty mass (a tensor) against a budget -> loop-carried tensor changes shape, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UncertaintyMassQuery(nn.Cell):
    """Query samples in order of uncertainty until their total uncertainty reaches a budget."""

    def __init__(self, mass_budget=2.0):
        super().__init__()
        self.mass_budget = mass_budget

    def construct(self, scores):
        ranked, order = ops.sort(scores, descending=True)
        picked = order[0:1]
        mass = ranked[0]
        i = 1
        while mass < self.mass_budget and i < scores.shape[0]:
            picked = ops.concat((picked, order[i:i + 1]))
            mass = mass + ranked[i]
            i += 1
        return picked, mass


def make():
    np.random.seed(26)
    scores = Tensor(np.random.rand(12).astype(np.float32))
    return UncertaintyMassQuery(), (scores,)
