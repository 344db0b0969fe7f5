# case: energy/force loss that logs both terms with an f-string and str.format inside construct (verbose on by default) -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnergyForceLoss(nn.Cell):
    def __init__(self, energy_weight=1.0, force_weight=100.0, verbose=True):
        super().__init__()
        self.w_e = energy_weight
        self.w_f = force_weight
        self.verbose = verbose

    def force_term(self, f_pred, f_ref):
        return ((f_pred - f_ref) ** 2).sum(-1).mean()

    def construct(self, e_pred, e_ref, f_pred, f_ref):
        n_atoms = f_pred.shape[1]
        e_loss = (((e_pred - e_ref) / n_atoms) ** 2).mean()
        f_loss = self.force_term(f_pred, f_ref)
        total = self.w_e * e_loss + self.w_f * f_loss
        if self.verbose:
            print(f"energy loss {e_loss} | force loss {f_loss}")
            print("total: {}".format(total))
        return total


def make():
    np.random.seed(8)
    e_pred = Tensor(np.random.randn(3).astype(np.float32))
    e_ref = Tensor(np.random.randn(3).astype(np.float32))
    f_pred = Tensor(np.random.randn(3, 4, 3).astype(np.float32))
    f_ref = Tensor(np.random.randn(3, 4, 3).astype(np.float32))
    return EnergyForceLoss(), (e_pred, e_ref, f_pred, f_ref)
