# case: assign haul trucks to loading faces with a softmax over travel cost and gather expected queue time at fixed face indices -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FaceCostNet(nn.Cell):
    def __init__(self, n_feats=5, n_faces=3):
        super().__init__()
        self.layers = nn.SequentialCell([nn.Dense(n_feats, 16), nn.ReLU(), nn.Dense(16, n_faces)])

    def construct(self, x):
        return self.layers(x)


class SoftDispatcher(nn.Cell):
    def __init__(self, temperature=0.5, priority_faces=(0, 2)):
        super().__init__()
        self.temperature = temperature
        self.cost = FaceCostNet()
        self.priority = Tensor(list(priority_faces), ms.int32)

    def construct(self, truck_feats, queue_min):
        logits = -self.cost(truck_feats) / self.temperature
        assign = ops.softmax(logits, axis=-1)
        expected_queue = (assign * queue_min).sum(axis=-1)
        prio_share = ops.gather(assign, self.priority, 1).sum(axis=-1)
        hard = ops.argmax(assign, dim=-1)
        return assign, expected_queue, prio_share, hard


def make():
    np.random.seed(241)
    feats = Tensor(np.random.randn(8, 5).astype(np.float32))
    queue = Tensor(np.array([[4.0, 9.0, 2.5]], np.float32))
    return SoftDispatcher(), (feats, queue)
