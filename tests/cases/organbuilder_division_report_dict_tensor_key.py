# case: combination planner builds a report dict keyed by the loudest division index taken from the data and returns it -> dict with key from tensor value, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DivisionReport(nn.Cell):
    def __init__(self, n_ranks=10, n_divisions=4):
        super().__init__()
        self.levels = nn.Dense(n_ranks, 1)
        self.n_divisions = n_divisions

    def construct(self, registration):
        per_div = self.levels(registration).squeeze(-1).mean(axis=0)
        loudest = int(ops.argmax(per_div))
        report = {}
        report[loudest] = per_div[loudest]
        report["total"] = per_div.sum()
        return report["total"] + report[loudest]


def make():
    np.random.seed(324)
    reg = (np.random.rand(3, 4, 10) > 0.5).astype(np.float32)
    return DivisionReport(), (Tensor(reg),)
