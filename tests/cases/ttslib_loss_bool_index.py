# case: FastSpeech2 variance loss selects valid (non-padded) frames with boolean-mask indexing before the MSE -> dynamic (boolean index output size)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    use_pitch = True
    use_energy = True
    pitch_weight = 0.1


class VarianceLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_pitch = config.use_pitch
        self.use_energy = config.use_energy
        self.pitch_weight = config.pitch_weight

    def _masked_mse(self, pred, target, mask):
        pred_sel = pred[mask]
        target_sel = target[mask]
        return ((pred_sel - target_sel) ** 2).mean()

    def construct(self, pred_pitch, pitch, pred_energy, energy, mel_mask):
        losses = ()
        if self.use_pitch:
            losses += (self.pitch_weight * self._masked_mse(pred_pitch, pitch, mel_mask),)
        if self.use_energy:
            losses += (self._masked_mse(pred_energy, energy, mel_mask),)
        return sum(losses), losses


def make():
    np.random.seed(35)
    shape = (2, 25)
    mask = Tensor(np.arange(25)[None, :] < np.array([[25], [18]]))
    args = [Tensor(np.random.randn(*shape).astype(np.float32)) for _ in range(4)]
    return VarianceLoss(LossConfig()), (args[0], args[1], args[2], args[3], mask)
