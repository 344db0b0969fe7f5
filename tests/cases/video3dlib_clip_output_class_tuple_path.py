# case: same video classifier but use_return_dict defaults to False and no caller flips it, so only the tuple path runs; output class branch looks dangerous -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VideoClassifierOutput:
    def __init__(self, logits, hidden_states=None):
        self.logits = logits
        self.hidden_states = hidden_states


class VideoClsConfig:
    hidden = 16
    num_classes = 5
    use_return_dict = False
    output_hidden_states = False


class VideoClassifierBase(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_return_dict = config.use_return_dict
        self.output_hidden_states = config.output_hidden_states

    def _wrap_outputs(self, logits, hidden):
        if self.use_return_dict:
            return VideoClassifierOutput(logits, hidden)
        outputs = (logits,)
        return outputs + (hidden,) if self.output_hidden_states else outputs


class VideoClassifier(VideoClassifierBase):
    def __init__(self, config=VideoClsConfig()):
        super().__init__(config)
        self.backbone = nn.Conv3d(3, config.hidden, (2, 4, 4), stride=(2, 4, 4), pad_mode="valid")
        self.act = nn.ReLU()
        self.head = nn.Dense(config.hidden, config.num_classes)

    def construct(self, video):
        hidden = self.act(self.backbone(video))
        logits = self.head(hidden.mean(axis=(2, 3, 4)))
        return self._wrap_outputs(logits, hidden)


def make():
    np.random.seed(113)
    video = Tensor(np.random.rand(2, 3, 4, 16, 16).astype(np.float32))
    return VideoClassifier(), (video,)
