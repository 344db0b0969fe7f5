# case: a @ms.jit_class recovery ledger created in __init__ has its counter incremented inside construct -> jit_class attribute mutation, expect error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RecoveryLedger:
    def __init__(self, max_hold_s):
        self.max_hold = max_hold_s
        self.interventions = 0

    def holds(self, delays_s):
        return ops.clip_by_value(-delays_s, 0.0, self.max_hold)


class LedgerRecovery(nn.Cell):
    def __init__(self, max_hold_s=120.0):
        super().__init__()
        self.ledger = RecoveryLedger(max_hold_s)

    def construct(self, delays_s):
        h = self.ledger.holds(delays_s)
        self.ledger.interventions = self.ledger.interventions + 1
        return h, h.sum()


def make():
    np.random.seed(3081)
    d = np.random.normal(60, 250, size=(14,)).astype(np.float32)
    return LedgerRecovery(), (Tensor(d),)
