# case: stereo cost volume, keeps top-k disparity planes where k counts planes with enough softmax support -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseDisparityHead(nn.Cell):
    def __init__(self, max_disp=8, min_support=0.05):
        super().__init__()
        self.max_disp = max_disp
        self.min_support = min_support

    def build_cost(self, left, right):
        w = left.shape[-1]
        costs = [(left * right).mean(axis=1)]
        for d in range(1, self.max_disp):
            c = (left[..., d:] * right[..., :w - d]).mean(axis=1)
            costs.append(ops.pad(c, (d, 0)))
        return ops.stack(costs, axis=1)

    def construct(self, left, right):
        cost = self.build_cost(left, right)
        prob = ops.softmax(cost, axis=1)
        support = prob.mean(axis=(0, 2, 3))
        k = (support > self.min_support).sum()
        vals, idx = ops.topk(prob, int(k), dim=1)
        disp = (vals * idx.astype(ms.float32)).sum(axis=1) / vals.sum(axis=1)
        return disp


def make():
    np.random.seed(0)
    left = Tensor(np.random.randn(1, 4, 6, 16).astype(np.float32))
    right = Tensor(np.random.randn(1, 4, 6, 16).astype(np.float32))
    return SparseDisparityHead(), (left, right)
