# case: trim a groove depth profile to the lead-out position read from the run-out detector with .item() -> slice length from tensor value, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeadOutDetector(nn.Cell):
    def __init__(self, pitch_jump=3.0):
        super().__init__()
        self.pitch_jump = pitch_jump

    def construct(self, pitch_um):
        d = pitch_um[1:] - pitch_um[:-1]
        return ops.argmax((d > self.pitch_jump).astype(ms.int32))


class GrooveTrimmer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.detector = LeadOutDetector()

    def construct(self, depth_um, pitch_um):
        lead_out = self.detector(pitch_um).item()
        music_part = depth_um[:lead_out]
        return music_part.mean(), music_part.std()


def make():
    np.random.seed(90)
    depth = (40 + np.random.randn(400) * 6).astype(np.float32)
    pitch = np.full(400, 80.0, np.float32)
    pitch[310:] += 120.0
    return GrooveTrimmer(), (Tensor(depth), Tensor(pitch))
