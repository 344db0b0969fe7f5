# case: splits the satellite candidate list into primary and backup halves using x.shape to compute the slice bound -> slice bound from static shape, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrimaryBackupSplit(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, cand_snr):
        ranked, _ = ops.sort(cand_snr, axis=-1, descending=True)
        half = ranked.shape[-1] // 2
        primary = ranked[:, :half]
        backup = ranked[:, half:]
        margin = primary.mean(axis=-1) - backup.mean(axis=-1)
        return primary, backup, margin


def make():
    np.random.seed(38)
    snr = Tensor(np.random.uniform(0, 20, size=(3, 10)).astype(np.float32))
    return PrimaryBackupSplit(), (snr,)
