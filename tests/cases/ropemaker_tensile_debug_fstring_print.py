# case: tensile-curve stiffness estimator prints an f-string with the computed modulus and the peak strain for the operator log -> print of f-string with tensor values in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SecantModulus(nn.Cell):
    def __init__(self, lo=0.01, hi=0.03, verbose=True):
        super().__init__()
        self.lo = lo
        self.hi = hi
        self.verbose = verbose

    def construct(self, strain, load_kn):
        w = ops.logical_and(strain >= self.lo, strain <= self.hi).astype(ms.float32)
        n = w.sum() + 1e-6
        slope = (w * load_kn / ops.maximum(strain, 1e-4)).sum() / n
        if self.verbose:
            print(f"secant modulus {slope} kN/unit strain, peak strain {strain.max()}")
        return slope


def make():
    np.random.seed(171)
    strain = np.linspace(0.0, 0.1, 60).astype(np.float32)
    load = (strain * 850 + np.random.normal(0, 0.2, 60)).astype(np.float32)
    return SecantModulus(), (Tensor(strain), Tensor(load))
