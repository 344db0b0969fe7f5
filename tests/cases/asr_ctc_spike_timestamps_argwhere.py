# case: token timestamps from CTC spikes located with argwhere and converted to seconds -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCSpikeTimestamps(nn.Cell):
    def __init__(self, blank_id=0, frame_shift_ms=10, subsampling=4, spike_threshold=0.5):
        super().__init__()
        self.blank_id = blank_id
        self.frame_seconds = frame_shift_ms * subsampling / 1000.0
        self.spike_threshold = spike_threshold

    def spikes(self, probs):
        non_blank = 1.0 - probs[:, self.blank_id]
        return non_blank > self.spike_threshold

    def construct(self, log_probs):
        # log_probs: (T, V)
        probs = ops.exp(log_probs)
        spike_mask = self.spikes(probs)
        frame_idx = ops.argwhere(spike_mask)[:, 0]
        tokens = ops.argmax(ops.gather(probs, frame_idx, 0), dim=-1)
        times = frame_idx.astype(ms.float32) * self.frame_seconds
        return tokens, times


def make():
    np.random.seed(27)
    logits = np.random.randn(15, 8).astype(np.float32)
    logits[:, 0] += 1.5
    lp = logits - np.log(np.exp(logits).sum(-1, keepdims=True))
    return CTCSpikeTimestamps(), (Tensor(lp.astype(np.float32)),)
