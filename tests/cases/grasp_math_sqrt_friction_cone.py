# case: checks friction-cone feasibility by computing the tangential force magnitude with math.sqrt on tensor components -> math on tensors inside construct is a host call in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrictionConeCheck(nn.Cell):
    def __init__(self, mu=0.6):
        super().__init__()
        self.mu = mu

    def construct(self, contact_force):
        fn = contact_force[2]
        ft = math.sqrt(contact_force[0] * contact_force[0] + contact_force[1] * contact_force[1])
        margin = self.mu * fn - ft
        return margin, margin > 0


def make():
    np.random.seed(14)
    f = Tensor(np.array([0.3, 0.2, 1.5], np.float32))
    return FrictionConeCheck(), (f,)
