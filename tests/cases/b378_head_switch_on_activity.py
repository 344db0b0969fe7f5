# case: inference wrapper returns frame-wise posteriors when the clip contains a confident event and only the clip-wise vector otherwise, deciding on the clip max -> tensor-valued if with branches of different shapes should be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InferenceConfig:
    n_mels = 32
    n_classes = 6
    event_threshold = 0.6
    pool = "max"


class ClipFrameModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.frame_fc = nn.Dense(config.n_mels, config.n_classes)
        self.pool = config.pool

    def construct(self, logmel):
        framewise = ops.sigmoid(self.frame_fc(logmel))     # (T, C)
        if self.pool == "max":
            clipwise = framewise.max(axis=0)
        else:
            clipwise = framewise.mean(axis=0)
        return clipwise, framewise


class EventGatedInference(nn.Cell):
    def __init__(self, model, config):
        super().__init__()
        self.model = model
        self.event_threshold = config.event_threshold

    def construct(self, logmel):
        clipwise, framewise = self.model(logmel)
        if clipwise.max() > self.event_threshold:
            out = framewise
        else:
            out = clipwise
        return out


def make():
    np.random.seed(3794)
    config = InferenceConfig()
    logmel = Tensor(np.random.randn(40, 32).astype(np.float32))
    return EventGatedInference(ClipFrameModel(config), config), (logmel,)
