# case: @ms.jit readout loops for i in range(num_graphs) where num_graphs is a tensor argument, masking nodes of each graph; expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def per_graph_sum(x, batch, num_graphs):
    outs = []
    for i in range(num_graphs):
        m = (batch == i).astype(x.dtype).reshape(-1, 1)
        outs.append((x * m).sum(0))
    return ops.stack(outs, 0)


def make():
    batch = Tensor(np.repeat(np.arange(3), [4, 3, 5]).astype(np.int32))
    x = Tensor(np.random.RandomState(42).randn(12, 6).astype(np.float32))
    return per_graph_sum, (x, batch, Tensor(3, ms.int32))
