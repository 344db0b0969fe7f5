# case: predict how many animals are in a frame, then take that many top-scoring boxes with topk(k=int(count)) -> error or dynamic: k comes from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CountRegressor(nn.Cell):
    def __init__(self, in_ch=32):
        super().__init__()
        self.fc = nn.Dense(in_ch, 1)
        self.relu = nn.ReLU()

    def construct(self, pooled):
        return self.relu(self.fc(pooled)).squeeze()


class TopAnimals(nn.Cell):
    def __init__(self, in_ch=32):
        super().__init__()
        self.counter = CountRegressor(in_ch)

    def construct(self, pooled, box_scores):
        est = self.counter(pooled)
        k = int(ops.round(est).clip(1, 8))
        top_scores, top_idx = ops.topk(box_scores, k)
        return top_scores, top_idx


def make():
    np.random.seed(1)
    pooled = Tensor(np.random.rand(32).astype(np.float32))
    box_scores = Tensor(np.random.rand(20).astype(np.float32))
    return TopAnimals(), (pooled, box_scores)
