# case: ensemble spread diagnostic that logs a formatted float of the spread -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpreadMonitor(nn.Cell):
    """Returns ensemble mean; optionally logs the domain-mean spread per lead time."""

    def __init__(self, verbose=True, member_axis=0):
        super().__init__()
        self.verbose = verbose
        self.member_axis = member_axis

    def _domain_spread(self, ens):
        return ens.std(axis=self.member_axis).mean()

    def construct(self, ens, lead_hours):
        mean = ens.mean(axis=self.member_axis)
        if self.verbose:
            spread = self._domain_spread(ens)
            msg = "lead={}h spread={:.3f}".format(lead_hours, float(spread))
            print(msg)
        return mean


def make():
    rng = np.random.RandomState(9)
    ens = Tensor(rng.randn(4, 2, 6, 6).astype(np.float32))
    return SpreadMonitor(), (ens, 24)
