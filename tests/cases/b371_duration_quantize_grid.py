# case: note durations in seconds are quantised to a 16th-note grid with round/clip and mapped to duration-token ids using a config tempo -> elementwise ops only, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass

@dataclass
class QuantizerConfig:
    bpm: float = 120.0
    steps_per_quarter: int = 4
    max_duration_steps: int = 64
    duration_token_offset: int = 256

class DurationQuantizer(nn.Cell):
    def __init__(self, config: QuantizerConfig):
        super().__init__()
        self.seconds_per_step = 60.0 / config.bpm / config.steps_per_quarter
        self.max_steps = config.max_duration_steps
        self.offset = config.duration_token_offset

    def _to_steps(self, durations):
        steps = ops.round(durations / self.seconds_per_step)
        return ops.clamp(steps, 1.0, float(self.max_steps))

    def construct(self, durations, note_mask=None):
        steps = self._to_steps(durations)
        tokens = steps.astype(ms.int32) - 1 + self.offset
        if note_mask is not None:
            tokens = tokens * note_mask.astype(ms.int32)
        return tokens, steps * self.seconds_per_step

def make():
    np.random.seed(3713)
    q = DurationQuantizer(QuantizerConfig())
    durations = Tensor(np.abs(np.random.randn(2, 20)).astype(np.float32))
    mask = Tensor((np.random.rand(2, 20) > 0.2).astype(np.float32))
    return q, (durations, mask)
