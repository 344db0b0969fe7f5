# case: DeepSeekMoE-style layer with always-on shared experts plus fine-grained routed experts evaluated densely and weighted by a top-k scatter mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwiGLUExpert(nn.Cell):
    def __init__(self, dim, hidden):
        super().__init__()
        self.gate_proj = nn.Dense(dim, hidden, has_bias=False)
        self.up_proj = nn.Dense(dim, hidden, has_bias=False)
        self.down_proj = nn.Dense(hidden, dim, has_bias=False)

    def construct(self, x):
        return self.down_proj(ops.silu(self.gate_proj(x)) * self.up_proj(x))


class SharedRoutedMoE(nn.Cell):
    def __init__(self, dim=8, hidden=16, num_routed=4, num_shared=1, top_k=2):
        super().__init__()
        self.top_k = top_k
        self.num_routed = num_routed
        self.router = nn.Dense(dim, num_routed, has_bias=False)
        self.routed = nn.CellList([SwiGLUExpert(dim, hidden) for _ in range(num_routed)])
        self.shared = SwiGLUExpert(dim, hidden * num_shared) if num_shared > 0 else None

    def _dense_gates(self, probs):
        top_w, top_idx = ops.topk(probs, self.top_k)
        onehots = ops.one_hot(top_idx, self.num_routed, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return (onehots * top_w.expand_dims(-1)).sum(axis=1)

    def construct(self, x):
        b, s, d = x.shape
        tokens = x.reshape(-1, d)
        gates = self._dense_gates(ops.softmax(self.router(tokens), axis=-1))
        outs = ops.stack([expert(tokens) for expert in self.routed], axis=1)
        y = (outs * gates.expand_dims(-1)).sum(axis=1)
        if self.shared is not None:
            y = y + self.shared(tokens)
        return y.reshape(b, s, d)


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    return SharedRoutedMoE(), (x,)
