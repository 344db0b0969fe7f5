# case: clip classifier logs its top class probability with print(f"...") on tensor values in construct because verbose is on in the config -> f-string formatting of tensors in construct is expected to be rejected or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLASS_NAMES = ("speech", "music", "dog", "siren", "glass")


class ClassifierConfig:
    n_mels = 32
    n_classes = len(CLASS_NAMES)
    verbose = True


class VerboseClipClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = nn.Dense(config.n_mels, config.n_classes)
        self.verbose = getattr(config, "verbose", False)

    def _report(self, clip_probs):
        top = clip_probs.max()
        print(f"top clip probability: {top}, argmax {clip_probs.argmax()}")

    def construct(self, logmel):
        clip_probs = ops.sigmoid(self.fc(logmel).mean(axis=0))
        if self.verbose:
            self._report(clip_probs)
        return clip_probs


def make():
    np.random.seed(3811)
    logmel = Tensor(np.random.randn(30, 32).astype(np.float32))
    return VerboseClipClassifier(ClassifierConfig()), (logmel,)
