# case: @ms.jit helper builds the per-expert token index lists with ops.nonzero for an all-to-all dispatch plan and returns them as a tuple -> nonzero outputs of data-dependent length, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_EXPERTS = 4


@ms.jit
def build_dispatch_plan(expert_ids, gate_values):
    token_lists = ()
    counts = ()
    for e in range(NUM_EXPERTS):
        idx = ops.nonzero(expert_ids == e).reshape(-1)
        token_lists = token_lists + (idx,)
        counts = counts + (idx.shape[0],)
    order = ops.cat(token_lists, axis=0)
    return ops.gather(gate_values, order, 0), order, counts


def make():
    np.random.seed(46)
    expert_ids = Tensor(np.random.randint(0, NUM_EXPERTS, (12,)).astype(np.int32))
    gate_values = Tensor(np.random.rand(12).astype(np.float32))
    return build_dispatch_plan, (expert_ids, gate_values)
