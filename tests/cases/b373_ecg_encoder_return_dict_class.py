# case: ECG encoder with return_dict=True in its default config builds and returns a plain Python output class (EncoderOutput) from construct -> custom object returned from graph, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, n_leads=12, hidden=32, num_layers=2, return_dict=True, output_hidden_states=False):
        self.n_leads = n_leads
        self.hidden = hidden
        self.num_layers = num_layers
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class EncoderOutput:
    def __init__(self, last_hidden_state, pooled, hidden_states=None):
        self.last_hidden_state = last_hidden_state
        self.pooled = pooled
        self.hidden_states = hidden_states


class ConvBlock(nn.Cell):
    def __init__(self, c_in, c_out):
        super().__init__()
        self.conv = nn.Conv1d(c_in, c_out, 5, pad_mode="same")
        self.act = nn.GELU()

    def construct(self, x):
        return self.act(self.conv(x))


class ECGEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dims = [config.n_leads] + [config.hidden] * config.num_layers
        self.blocks = nn.CellList([ConvBlock(a, b) for a, b in zip(dims[:-1], dims[1:])])
        self.config = config

    def construct(self, ecg, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.config.return_dict
        h = ecg
        all_h = ()
        for blk in self.blocks:
            h = blk(h)
            all_h = all_h + (h,)
        pooled = h.mean(-1)
        if not return_dict:
            return (h, pooled) + (all_h if self.config.output_hidden_states else ())
        return EncoderOutput(h, pooled, all_h if self.config.output_hidden_states else None)


def make():
    np.random.seed(3750)
    x = np.random.randn(2, 12, 128).astype(np.float32)
    return ECGEncoder(EncoderConfig()), (Tensor(x),)
