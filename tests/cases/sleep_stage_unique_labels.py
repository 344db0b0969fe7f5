# case: list distinct sleep stages present in a night's hypnogram with ops.unique and count them -> dynamic shape (unique)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StageInventory(nn.Cell):
    """Which of W/N1/N2/N3/REM occur during the night."""

    def __init__(self):
        super().__init__()
        self.argmax = ops.Argmax(axis=-1)

    def construct(self, stage_logits):
        stages = self.argmax(stage_logits)
        present, idx = ops.unique(stages)
        n_present = present.shape[0]
        return present, idx, n_present


def make():
    np.random.seed(4)
    logits = np.random.randn(30, 5).astype(np.float32)
    logits[:, 3] -= 5.0
    return StageInventory(), (Tensor(logits),)
