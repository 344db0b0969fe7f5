# case: picks as many nearest depots as lie within a service radius, using topk with k computed from the distance tensor -> topk k from tensor value, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadiusDepotPicker(nn.Cell):
    def __init__(self, radius=4.0):
        super().__init__()
        self.radius = radius

    def distances(self, customer, depots):
        diff = depots - customer.reshape(1, -1)
        return ops.sqrt((diff * diff).sum(axis=1))

    def construct(self, customer, depots):
        d = self.distances(customer, depots)
        k = (d <= self.radius).astype(ms.int32).sum()
        neg_vals, idx = ops.topk(-d, k)
        return idx, -neg_vals


def make():
    np.random.seed(10)
    customer = Tensor(np.array([5.0, 5.0], dtype=np.float32))
    depots = Tensor(np.random.uniform(0, 10, size=(12, 2)).astype(np.float32))
    return RadiusDepotPicker(), (customer, depots)
