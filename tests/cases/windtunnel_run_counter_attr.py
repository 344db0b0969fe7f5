# case: lift coefficient estimator that counts processed wind-tunnel runs and stores the last alpha on self inside construct -> writing plain attributes of self in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LiftCurveEstimator(nn.Cell):
    def __init__(self, rho=1.225, span=0.6, chord=0.15):
        super().__init__()
        self.rho = rho
        self.s_ref = span * chord
        self.n_runs = 0
        self.last_alpha = None

    def construct(self, lift_n, v_inf, alpha_deg):
        q = 0.5 * self.rho * v_inf * v_inf
        cl = lift_n / (q * self.s_ref)
        self.n_runs = self.n_runs + 1
        self.last_alpha = alpha_deg
        alpha_rad = alpha_deg * (np.pi / 180.0)
        slope = (cl * alpha_rad).sum() / (alpha_rad * alpha_rad).sum()
        return cl, slope


def make():
    np.random.seed(91)
    alpha = np.linspace(-4, 10, 15).astype(np.float32)
    lift = (0.5 * 1.225 * 30.0 ** 2 * 0.09 * 0.11 * alpha + 0.2 * np.random.randn(15)).astype(np.float32)
    return LiftCurveEstimator(), (Tensor(lift), Tensor(np.float32(30.0)), Tensor(alpha))
