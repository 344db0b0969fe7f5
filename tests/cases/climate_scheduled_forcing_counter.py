# case: scheduled teacher forcing in a rollout that counts calls on self -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScheduledRollout(nn.Cell):
    """Blend ground truth and model output with a ratio that decays with the number of calls."""

    def __init__(self, channels=3, n_steps=3, decay_calls=100):
        super().__init__()
        self.core = nn.SequentialCell([
            nn.Conv2d(channels, 16, 3, pad_mode="same"), nn.GELU(),
            nn.Conv2d(16, channels, 3, pad_mode="same"),
        ])
        self.n_steps = n_steps
        self.decay_calls = decay_calls
        self.num_calls = 0

    def _teacher_ratio(self):
        return max(0.0, 1.0 - self.num_calls / self.decay_calls)

    def construct(self, x0, truth_seq):
        ratio = self._teacher_ratio()
        x = x0
        preds = []
        for t in range(self.n_steps):
            self.num_calls = self.num_calls + 1
            pred = x + self.core(x)
            preds.append(pred)
            x = ratio * truth_seq[:, t] + (1.0 - ratio) * pred
        return ops.stack(preds, 1)


def make():
    np.random.seed(8)
    ms.set_seed(8)
    x0 = Tensor(np.random.randn(1, 3, 8, 8).astype(np.float32))
    seq = Tensor(np.random.randn(1, 3, 3, 8, 8).astype(np.float32))
    return ScheduledRollout(), (x0, seq)
