# case: Pareto analysis of defect type counts per lot: sorts counts descending and uses cumsum to find the share covered by the top classes -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectPareto(nn.Cell):
    def __init__(self, top=3):
        super().__init__()
        self.top = top

    def construct(self, type_counts):
        # type_counts: (lots, defect_types)
        sorted_counts, order = ops.sort(type_counts, axis=-1, descending=True)
        cum = ops.cumsum(sorted_counts, axis=-1)
        share = cum / cum[:, -1:]
        top_share = share[:, self.top - 1]
        vital_few = (share < 0.8).astype(ms.int32).sum(axis=-1) + 1
        return order[:, :self.top], top_share, vital_few


def make():
    np.random.seed(37)
    counts = np.random.poisson(lam=[40, 5, 12, 3, 25, 8, 1], size=(4, 7)).astype(np.float32) + 1
    return DefectPareto(), (Tensor(counts),)
