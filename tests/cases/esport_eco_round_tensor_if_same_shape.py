# case: round win model scales the buy-strength vector differently when the team bank (a tensor) is below an eco threshold, both branches keep the same shape -> tensor-valued if with matching shapes, control flow but static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EcoAwareRoundModel(nn.Cell):
    def __init__(self, loadout_dim=6, eco_threshold=2000.0):
        super().__init__()
        self.eco_threshold = eco_threshold
        self.fc = nn.Dense(loadout_dim, 1)

    def construct(self, loadouts, team_bank):
        if team_bank < self.eco_threshold:
            strength = loadouts * 0.5
        else:
            strength = loadouts * 1.0 + 0.1
        return ops.sigmoid(self.fc(strength).mean())


def make():
    np.random.seed(44)
    loadouts = Tensor(np.random.rand(5, 6).astype(np.float32))
    bank = Tensor(1500.0, ms.float32)
    return EcoAwareRoundModel(6, 2000.0), (loadouts, bank)
