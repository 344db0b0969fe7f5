# case: a FastSpeech length regulator that expands phoneme encodings with repeat_interleave by predicted integer durations (a tensor); instead of a dynamic shape it fails: STRICT on a non-constant repeats check, LAX because TensorToList has no CPU kernel
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthRegulator(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.duration_predictor = nn.Dense(hidden, 1)

    def construct(self, encodings, duration_scale=1.0):
        # encodings: (T_phoneme, hidden), single utterance
        log_dur = self.duration_predictor(encodings).squeeze(-1)
        durations = ops.round(ops.exp(log_dur) * duration_scale).astype(ms.int32)
        durations = ops.clamp(durations, min=1)
        expanded = ops.repeat_interleave(encodings, durations, axis=0)
        mel_len = expanded.shape[0]
        return expanded, mel_len


def make():
    enc = Tensor(np.random.randn(5, 8).astype(np.float32))
    return LengthRegulator(), (enc, 1.0)


if __name__ == "__main__":
    net, args = make()
    out, n = net(*args)
    print(out.shape, n)
