# case: VITS synthesizer does random segment slicing with tensor starts only under `if self.training:`; the net is in eval mode so only the full-length decode path is compiled -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VITSConfig:
    def __init__(self, hidden_channels=12, segment_size=8, noise_scale=0.667):
        self.hidden_channels = hidden_channels
        self.segment_size = segment_size
        self.noise_scale = noise_scale


class VITSSynthesizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.segment_size = config.segment_size
        self.noise_scale = config.noise_scale
        self.flow = nn.Conv1d(config.hidden_channels, config.hidden_channels, 1, has_bias=True)
        self.dec = nn.Conv1d(config.hidden_channels, 1, 3, pad_mode="pad", padding=1, has_bias=True)

    def _slice(self, z, starts):
        return ops.stack([z[i, :, starts[i]:starts[i] + self.segment_size] for i in range(z.shape[0])])

    def construct(self, m_p, logs_p, z_lengths, noise=None):
        z = m_p
        if noise is not None:
            z = m_p + noise * ops.exp(logs_p) * self.noise_scale
        t = z.shape[-1]
        mask = (ops.arange(t).expand_dims(0) < z_lengths.expand_dims(1)).astype(z.dtype).expand_dims(1)
        z = self.flow(z) * mask
        if self.training:
            max_start = ops.clamp(z_lengths - self.segment_size + 1, min=1)
            starts = (ops.rand(z.shape[0]) * max_start).astype(ms.int32)
            z = self._slice(z, starts)
        return ops.tanh(self.dec(z)), mask


def make():
    np.random.seed(50)
    cfg = VITSConfig()
    net = VITSSynthesizer(cfg)
    net.set_train(False)
    m_p = Tensor(np.random.randn(2, cfg.hidden_channels, 30).astype(np.float32))
    logs_p = Tensor(np.random.randn(2, cfg.hidden_channels, 30).astype(np.float32) * 0.1)
    lens = Tensor(np.array([30, 22], dtype=np.int32))
    return net, (m_p, logs_p, lens)
