# case: sparse cost-volume refinement keeping a configured top-k of disparity candidates per pixel and re-normalising -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKDisparityRegression(nn.Cell):
    def __init__(self, k=3, temperature=1.0):
        super().__init__()
        self.k = k
        self.temperature = temperature

    def construct(self, cost):
        num_disp = cost.shape[1]
        k = min(self.k, num_disp)
        vals, idx = ops.topk(-cost, k, dim=1)
        prob = ops.softmax(vals / self.temperature, axis=1)
        disp = (prob * idx.astype(ms.float32)).sum(axis=1)
        conf = prob.max(axis=1)
        return disp, conf


def make():
    np.random.seed(32)
    cost = Tensor(np.random.rand(2, 10, 4, 6).astype(np.float32))
    return TopKDisparityRegression(), (cost,)
