# case: aerodynamic coefficient report built as a dict with constant string keys from balance forces and returned from construct -> constant-key dict, expected accepted in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoefficientReport(nn.Cell):
    def __init__(self, s_ref=0.09, c_ref=0.15, rho=1.225):
        super().__init__()
        self.s_ref = s_ref
        self.c_ref = c_ref
        self.rho = rho

    def construct(self, forces, v_inf):
        q = 0.5 * self.rho * v_inf * v_inf
        report = {"CD": forces[:, 0] / (q * self.s_ref),
                  "CL": forces[:, 1] / (q * self.s_ref)}
        report["Cm"] = forces[:, 2] / (q * self.s_ref * self.c_ref)
        report["L_D"] = report["CL"] / report["CD"]
        return report


def make():
    np.random.seed(201)
    f = np.abs(np.random.randn(6, 3)).astype(np.float32) + np.array([3.0, 20.0, 0.5], np.float32)
    return CoefficientReport(), (Tensor(f), Tensor(np.float32(28.0)))
