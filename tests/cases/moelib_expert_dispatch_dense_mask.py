# case: expert dispatch/combine via one-hot dispatch masks and einsum-like matmuls (GShard style), no token selection by data -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GShardConfig:
    def __init__(self, d_model=32, d_ff=64, num_experts=4, capacity=6):
        self.d_model = d_model
        self.d_ff = d_ff
        self.num_experts = num_experts
        self.capacity = capacity


def make_dispatch_tensor(expert_index, num_experts, capacity):
    mask = ops.one_hot(expert_index, num_experts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    position = (ops.cumsum(mask, axis=0) - 1.0) * mask
    keep = mask * (position < capacity).astype(ms.float32)
    pos_idx = position.sum(axis=-1).astype(ms.int32)
    slot = ops.one_hot(pos_idx, capacity, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    return keep.expand_dims(-1) * slot.expand_dims(1)  # (tokens, experts, capacity)


class ExpertBank(nn.Cell):
    def __init__(self, config):
        super().__init__()
        e, d, f = config.num_experts, config.d_model, config.d_ff
        self.wi = ms.Parameter(Tensor(np.random.randn(e, d, f).astype(np.float32) * 0.05), name="wi")
        self.wo = ms.Parameter(Tensor(np.random.randn(e, f, d).astype(np.float32) * 0.05), name="wo")

    def construct(self, expert_inputs):
        h = ops.relu(ops.bmm(expert_inputs, self.wi))
        return ops.bmm(h, self.wo)


class GShardMoELayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_experts = config.num_experts
        self.capacity = config.capacity
        self.wg = nn.Dense(config.d_model, config.num_experts, has_bias=False)
        self.experts = ExpertBank(config)

    def construct(self, tokens):
        gates = ops.softmax(self.wg(tokens), axis=-1)
        gate_val, expert_index = ops.max(gates, axis=-1)
        dispatch = make_dispatch_tensor(expert_index, self.num_experts, self.capacity)
        combine = dispatch * gate_val.reshape(-1, 1, 1)
        t, e, c = dispatch.shape
        expert_in = ops.matmul(dispatch.reshape(t, e * c).T, tokens).reshape(e, c, -1)
        expert_out = self.experts(expert_in)
        return ops.matmul(combine.reshape(t, e * c), expert_out.reshape(e * c, -1))


def make():
    np.random.seed(16)
    layer = GShardMoELayer(GShardConfig())
    x = Tensor(np.random.randn(16, 32).astype(np.float32))
    return layer, (x,)
