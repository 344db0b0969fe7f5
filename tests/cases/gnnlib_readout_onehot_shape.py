# case: readout whose graph count is taken from the one-hot assignment matrix shape (looks like data, is a static shape) -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionalAggregation(nn.Cell):
    def __init__(self, hidden, gate_hidden=None):
        super().__init__()
        gate_hidden = gate_hidden if gate_hidden is not None else hidden // 2
        self.gate = nn.SequentialCell(nn.Dense(hidden, gate_hidden), nn.Tanh(), nn.Dense(gate_hidden, 1))

    def construct(self, x, assign):
        num_graphs = assign.shape[1]
        batch = ops.argmax(assign, dim=1).astype(ms.int32)
        g = self.gate(x)
        g_max = ops.unsorted_segment_max(g, batch, num_graphs)
        e = ops.exp(g - g_max[batch])
        denom = ops.unsorted_segment_sum(e, batch, num_graphs)
        alpha = e / denom[batch]
        return ops.matmul(assign.T, alpha * x), alpha


class Pooler(nn.Cell):
    def __init__(self, hidden=16, output_attentions=False):
        super().__init__()
        self.output_attentions = output_attentions
        self.agg = AttentionalAggregation(hidden)

    def construct(self, x, assign):
        pooled, alpha = self.agg(x, assign)
        outputs = (pooled,) + (alpha,) if self.output_attentions else (pooled,)
        return outputs


def make():
    np.random.seed(3443)
    n, g = 15, 3
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    assign = np.eye(g, dtype=np.float32)[np.sort(np.random.randint(0, g, size=n))]
    return Pooler(output_attentions=True), (x, Tensor(assign))
