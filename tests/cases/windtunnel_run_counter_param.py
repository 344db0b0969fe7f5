# case: lift coefficient estimator that counts processed runs in a non-trainable Parameter updated with assign -> Parameter side effect, expected fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LiftCurveEstimatorCounted(nn.Cell):
    def __init__(self, rho=1.225, span=0.6, chord=0.15):
        super().__init__()
        self.rho = rho
        self.s_ref = span * chord
        self.n_runs = Parameter(Tensor(0, ms.int32), name="n_runs", requires_grad=False)
        self.deg2rad = float(np.pi / 180.0)

    def construct(self, lift_n, v_inf, alpha_deg):
        q = 0.5 * self.rho * v_inf * v_inf
        cl = lift_n / (q * self.s_ref)
        ops.assign_add(self.n_runs, Tensor(1, ms.int32))
        alpha_rad = alpha_deg * self.deg2rad
        slope = (cl * alpha_rad).sum() / (alpha_rad * alpha_rad).sum()
        return cl, slope


def make():
    np.random.seed(92)
    alpha = np.linspace(-4, 10, 15).astype(np.float32)
    lift = (0.5 * 1.225 * 30.0 ** 2 * 0.09 * 0.11 * alpha + 0.2 * np.random.randn(15)).astype(np.float32)
    return LiftCurveEstimatorCounted(), (Tensor(lift), Tensor(np.float32(30.0)), Tensor(alpha))
