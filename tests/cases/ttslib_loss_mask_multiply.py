# case: FastSpeech2 variance loss weights squared errors by a float length mask and divides by the mask sum (no boolean indexing) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    use_pitch = True
    use_energy = True
    pitch_weight = 0.1
    reduction = "mean"


def masked_mse(pred, target, mask):
    w = mask.astype(pred.dtype)
    err = ((pred - target) ** 2) * w
    return err.sum() / ops.clamp(w.sum(), min=1.0)


class VarianceLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.flags = [("pitch", config.use_pitch, config.pitch_weight), ("energy", config.use_energy, 1.0)]
        self.reduction = config.reduction

    def construct(self, pred_pitch, pitch, pred_energy, energy, mel_mask):
        pairs = {"pitch": (pred_pitch, pitch), "energy": (pred_energy, energy)}
        losses = ()
        for name, enabled, weight in self.flags:
            if enabled:
                p, t = pairs[name]
                losses += (weight * masked_mse(p, t, mel_mask),)
        total = losses[0]
        for l in losses[1:]:
            total = total + l
        return total, losses


def make():
    np.random.seed(36)
    shape = (2, 25)
    mask = Tensor(np.arange(25)[None, :] < np.array([[25], [18]]))
    args = [Tensor(np.random.randn(*shape).astype(np.float32)) for _ in range(4)]
    return VarianceLoss(LossConfig()), (args[0], args[1], args[2], args[3], mask)
