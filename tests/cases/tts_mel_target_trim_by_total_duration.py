# case: trims padded mel targets to the sum of ground-truth durations before the loss -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MelReconstructionLoss(nn.Cell):
    def __init__(self, n_mels=8, use_l1=True):
        super().__init__()
        self.use_l1 = use_l1
        self.n_mels = n_mels
        self.l1 = nn.L1Loss()
        self.mse = nn.MSELoss()

    def construct(self, pred, target):
        if self.use_l1:
            return self.l1(pred, target)
        return self.mse(pred, target)


class FastSpeechLossWrapper(nn.Cell):
    def __init__(self, n_mels=8):
        super().__init__()
        self.mel_loss = MelReconstructionLoss(n_mels)

    def construct(self, mel_pred, mel_target, durations):
        # durations: (B, T_phone) int32, batch padded to the longest utterance
        total_frames = durations.sum(axis=1).max()
        mel_pred = mel_pred[:, :total_frames, :]
        mel_target = mel_target[:, :total_frames, :]
        return self.mel_loss(mel_pred, mel_target)


def make():
    np.random.seed(1)
    mel_pred = Tensor(np.random.randn(2, 20, 8).astype(np.float32))
    mel_tgt = Tensor(np.random.randn(2, 20, 8).astype(np.float32))
    dur = Tensor(np.array([[2, 3, 4, 1], [1, 1, 2, 2]], dtype=np.int32))
    return FastSpeechLossWrapper(), (mel_pred, mel_tgt, dur)
