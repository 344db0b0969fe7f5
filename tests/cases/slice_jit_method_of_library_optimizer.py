# case: a subclass of mindspore.experimental.optim.Optimizer whose construct calls a @jit method with
# the group bounds, Python ints (near miss: the method takes construct's arguments, static slices)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.experimental.optim import Optimizer


class GroupSGD(Optimizer):
    def __init__(self, params, lr=0.1):
        super().__init__(params, {"lr": lr})

    @ms.jit
    def implementation(self, start_id, end_id, gradients):
        params = self.parameters[start_id:end_id]
        grads = gradients[start_id:end_id]
        for param, grad in zip(params, grads):
            ops.assign_sub(param, grad * 0.1)
        return True

    def construct(self, gradients):
        for group_id in range(len(self.param_groups)):
            start_id = self.group_start_id[group_id]
            end_id = self.group_start_id[group_id + 1]
            self.implementation(start_id, end_id, gradients)
        return True


def make():
    params = nn.Dense(4, 3).trainable_params()
    grads = tuple(Tensor(np.ones(p.shape, np.float32)) for p in params)
    return GroupSGD(params), (grads,)
