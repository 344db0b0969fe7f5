# case: merges shipments bound for the same destination by building a Python dict keyed by destination tensor values in construct -> dict keyed by tensor data, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShipmentMerger(nn.Cell):
    def __init__(self, num_shipments=8):
        super().__init__()
        self.num_shipments = num_shipments

    def construct(self, destinations, volumes):
        merged = {}
        for i in range(self.num_shipments):
            key = int(destinations[i])
            if key in merged:
                merged[key] = merged[key] + volumes[i]
            else:
                merged[key] = volumes[i]
        totals = [merged[k] for k in sorted(merged.keys())]
        return ops.stack(totals)


def make():
    np.random.seed(11)
    dest = Tensor(np.random.randint(0, 4, size=(8,)).astype(np.int32))
    vol = Tensor(np.random.uniform(1, 10, size=(8,)).astype(np.float32))
    return ShipmentMerger(), (dest, vol)
