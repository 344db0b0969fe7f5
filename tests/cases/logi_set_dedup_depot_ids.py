# case: deduplicates the depot ids chosen for a batch of orders with a Python set over tensor elements and returns how many depots are used -> set of tensor values in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DepotUsage(nn.Cell):
    def __init__(self, num_orders=10):
        super().__init__()
        self.num_orders = num_orders

    def construct(self, order_depot_dist):
        chosen = ops.argmin(order_depot_dist, axis=1)
        used = set()
        for i in range(self.num_orders):
            used.add(int(chosen[i]))
        return len(used)


def make():
    np.random.seed(20)
    d = Tensor(np.random.uniform(0, 10, size=(10, 5)).astype(np.float32))
    return DepotUsage(), (d,)
