# case: jit function builds a plain Python CowRecord object holding tensors, mutates it and returns it -> graph mode rejects or converts custom object
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


class CowRecord:
    def __init__(self, cow_id, milk_kg, scc_k):
        self.cow_id = cow_id
        self.milk_kg = milk_kg
        self.scc_k = scc_k
        self.flag = None


@ms.jit
def summarise_cow(cow_id, milk_kg, scc_k):
    rec = CowRecord(cow_id, milk_kg.mean(), scc_k.max())
    rec.flag = ops.logical_or(rec.scc_k > 200.0, rec.milk_kg < 18.0)
    return rec


def make():
    np.random.seed(32)
    milk = Tensor(np.random.uniform(15.0, 35.0, (7,)).astype(np.float32))
    scc = Tensor(np.random.lognormal(4.8, 0.6, (7,)).astype(np.float32))
    return summarise_cow, (Tensor(1042, ms.int32), milk, scc)
