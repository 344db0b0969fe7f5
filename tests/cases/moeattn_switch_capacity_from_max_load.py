# case: switch router sizing the expert buffer from the observed max expert load (int of a reduced tensor) and slicing the dispatch one-hot -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class SwitchFFN(nn.Cell):
    def __init__(self, dim=8, num_experts=4, jitter=0.0):
        super().__init__()
        self.num_experts = num_experts
        self.jitter = jitter
        self.gate = nn.Dense(dim, num_experts, has_bias=False)
        self.expert_w = Parameter(initializer(Normal(0.02), (num_experts, dim, dim)), name="expert_w")

    def _expert_capacity(self, expert_mask):
        load = expert_mask.sum(axis=0)
        return int(load.max())

    def construct(self, x):
        num_tokens = x.shape[0]
        logits = self.gate(x)
        probs = ops.softmax(logits, axis=-1)
        expert_idx = ops.argmax(probs, dim=-1)
        gate_val = probs.max(axis=-1)
        mask = ops.one_hot(expert_idx, self.num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        position = (ops.cumsum(mask, axis=0) - 1.0) * mask
        pos_onehot = ops.one_hot(position.astype(ms.int32), num_tokens,
                                 Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)) * mask.expand_dims(-1)
        capacity = self._expert_capacity(mask)
        dispatch = pos_onehot[:, :, :capacity]
        expert_in = ops.matmul(dispatch.transpose(1, 2, 0), x)
        expert_out = ops.bmm(expert_in, self.expert_w)
        combine = dispatch * gate_val.reshape(-1, 1, 1)
        out = ops.matmul(combine.reshape(num_tokens, -1), expert_out.reshape(-1, x.shape[-1]))
        return out


def make():
    np.random.seed(1)
    ms.set_seed(1)
    x = Tensor(np.random.randn(12, 8).astype(np.float32))
    return SwitchFFN(), (x,)
