# case: multi-stream feature fusion front end that accepts a Tensor or a tuple of streams, guards with isinstance, and fuses via a comprehension over the streams; a .asnumpy() length path is only reachable for list lengths, never passed -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FusionConfig:
    def __init__(self, stream_dims=(20, 12), d_model=16, fusion="concat"):
        self.stream_dims = stream_dims
        self.d_model = d_model
        self.fusion = fusion


class MultiStreamFrontend(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.projs = nn.CellList([nn.Dense(d, config.d_model) for d in config.stream_dims])
        self.fusion = getattr(config, "fusion", "sum")
        n = len(config.stream_dims)
        self.out = nn.Dense(n * config.d_model if self.fusion == "concat" else config.d_model, config.d_model)

    def _as_lengths(self, lengths, batch, t):
        if lengths is None:
            return ops.fill(ms.int32, (batch,), t)
        if isinstance(lengths, (list, tuple)):
            return Tensor(np.array(lengths, np.int32))
        return lengths

    def construct(self, streams, lengths=None):
        if isinstance(streams, Tensor):
            streams = (streams,)
        hs = [proj(s) for proj, s in zip(self.projs, streams)]
        if self.fusion == "concat":
            h = ops.concat(hs, axis=-1)
        else:
            h = sum(hs)
        lengths = self._as_lengths(lengths, h.shape[0], h.shape[1])
        return self.out(h), lengths


def make():
    np.random.seed(3337)
    net = MultiStreamFrontend(FusionConfig())
    fbank = Tensor(np.random.randn(2, 18, 20).astype(np.float32))
    pitch = Tensor(np.random.randn(2, 18, 12).astype(np.float32))
    lengths = Tensor(np.array([18, 14], dtype=np.int32))
    return net, ((fbank, pitch), lengths)
