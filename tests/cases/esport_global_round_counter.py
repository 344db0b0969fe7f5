# case: round-based predictor increments a module-level global counter inside construct to track how many rounds were scored -> global state mutation in construct, unsupported or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ROUNDS_SCORED = 0


class RoundWinPredictor(nn.Cell):
    def __init__(self, econ_dim=5):
        super().__init__()
        self.fc = nn.Dense(econ_dim, 2)

    def construct(self, economy):
        global ROUNDS_SCORED
        ROUNDS_SCORED = ROUNDS_SCORED + economy.shape[0]
        logits = self.fc(economy)
        return ops.softmax(logits, axis=-1)[:, 1]


def make():
    np.random.seed(15)
    econ = Tensor(np.random.randn(8, 5).astype(np.float32))
    return RoundWinPredictor(5), (econ,)
