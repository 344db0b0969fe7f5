# case: jit function replaces implausible negative fuel-flow log values with the log median using ops.where -> elementwise where, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def clean_fuel_log(flow, valid_max):
    med = ops.median(flow, axis=-1, keepdims=True)[0]
    bad = ops.logical_or(flow < 0, flow > valid_max)
    cleaned = ops.where(bad, med.broadcast_to(flow.shape), flow)
    return cleaned, ops.cast(bad, ms.float32).sum()


def make():
    np.random.seed(35)
    flow = np.random.uniform(20, 80, size=(3, 12)).astype(np.float32)
    flow[0, 3] = -5.0
    flow[2, 7] = 400.0
    return clean_fuel_log, (Tensor(flow), Tensor(150.0, ms.float32))
