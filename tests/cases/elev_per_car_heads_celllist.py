# case: applies one small dense scoring head per car from an nn.CellList in a constant for loop and stacks the scores -> loop over a fixed CellList, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CarScoreHead(nn.Cell):
    def __init__(self, in_features, hidden=8):
        super().__init__()
        self.fc1 = nn.Dense(in_features, hidden, activation="relu")
        self.fc2 = nn.Dense(hidden, 1)

    def construct(self, x):
        return self.fc2(self.fc1(x)).squeeze(-1)


class GroupDispatchNet(nn.Cell):
    def __init__(self, num_cars=3, in_features=5):
        super().__init__()
        self.heads = nn.CellList([CarScoreHead(in_features) for _ in range(num_cars)])

    def construct(self, car_features):
        scores = []
        for i, head in enumerate(self.heads):
            scores.append(head(car_features[:, i, :]))
        scores = ops.stack(scores, axis=1)
        return ops.softmax(scores, axis=1)


def make():
    np.random.seed(37)
    feats = Tensor(np.random.randn(4, 3, 5).astype(np.float32))
    return GroupDispatchNet(), (feats,)
