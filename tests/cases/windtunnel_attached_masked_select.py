# case: mean wall shear of attached-flow taps picked out with masked_select where skin friction is positive -> masked_select output size depends on data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttachedFlowShear(nn.Cell):
    def __init__(self, rho=1.2, u_inf=20.0):
        super().__init__()
        self.q_inf = 0.5 * rho * u_inf * u_inf

    def construct(self, cf):
        attached = cf > 0
        cf_att = ops.masked_select(cf, attached)
        tau_w = cf_att * self.q_inf
        return tau_w.mean(), cf_att.shape[0]


def make():
    np.random.seed(131)
    x = np.linspace(0.0, 1.0, 30)
    cf = (0.004 * (0.65 - x) + 0.0003 * np.random.randn(30)).astype(np.float32)
    return AttachedFlowShear(), (Tensor(cf),)
