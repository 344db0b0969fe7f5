# case: streaming CNN keyword spotter keeps the last frames in a Parameter ring buffer created by a helper, shifts it with constant slices and ops.assign, and returns a tuple whose length depends on a flag -> all static, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StreamCNNConfig:
    def __init__(self, n_mfcc=10, receptive_field=9, channels=16, num_labels=12,
                 use_cache=True, output_hidden_states=True):
        self.n_mfcc = n_mfcc
        self.receptive_field = receptive_field
        self.channels = channels
        self.num_labels = num_labels
        self.use_cache = use_cache
        self.output_hidden_states = output_hidden_states


class StreamingCNN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self.output_hidden_states = config.output_hidden_states
        self._create_buffer(config.receptive_field, config.n_mfcc)
        self.conv = nn.Conv2d(1, config.channels, (config.receptive_field, 3), pad_mode="valid")
        self.head = nn.Dense(config.channels * (config.n_mfcc - 2), config.num_labels)

    def _create_buffer(self, frames, dim):
        self.buffer = Parameter(Tensor(np.zeros((1, 1, frames, dim), np.float32)),
                                name="stream_buffer", requires_grad=False)

    def _update(self, frame):
        shifted = ops.concat((self.buffer[:, :, 1:, :], frame.reshape(1, 1, 1, -1)), axis=2)
        ops.assign(self.buffer, shifted)
        return shifted

    def construct(self, frame):
        window = self._update(frame) if self.use_cache else frame.reshape(1, 1, 1, -1)
        h = ops.relu(self.conv(window))
        logits = self.head(h.reshape(1, -1))
        outputs = (logits,) + ((h,) if self.output_hidden_states else ())
        return outputs


def make():
    np.random.seed(38321)
    frame = Tensor(np.random.randn(1, 10).astype(np.float32))
    return StreamingCNN(StreamCNNConfig()), (frame,)
