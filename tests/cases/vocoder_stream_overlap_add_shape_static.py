# case: streaming synthesis in fixed chunks with cross-fade overlap-add, chunk count from mel.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def crossfade(prev_tail, next_head, fade_in):
    return prev_tail * (1.0 - fade_in) + next_head * fade_in


class OverlapAddStreamer(nn.Cell):
    def __init__(self, n_mels=4, hop=4, chunk_frames=6, overlap_frames=2):
        super().__init__()
        self.up = nn.Conv1dTranspose(n_mels, 1, 2 * hop, stride=hop, pad_mode="same")
        self.hop, self.chunk, self.overlap = hop, chunk_frames, overlap_frames
        self.fade_in = Tensor(np.linspace(0, 1, overlap_frames * hop, dtype=np.float32))

    def synth(self, mel_chunk):
        return ops.tanh(self.up(mel_chunk))[:, 0, :]

    def construct(self, mel):
        total = mel.shape[-1]
        step = self.chunk - self.overlap
        n_chunks = (total - self.overlap) // step
        ov = self.overlap * self.hop
        pieces = []
        tail = None
        for i in range(n_chunks):
            wav = self.synth(mel[:, :, i * step:i * step + self.chunk])
            if tail is not None:
                pieces.append(crossfade(tail, wav[:, :ov], self.fade_in))
                wav = wav[:, ov:]
            pieces.append(wav[:, :-ov])
            tail = wav[:, -ov:]
        pieces.append(tail)
        return ops.concat(pieces, axis=1)


def make():
    np.random.seed(12)
    mel = np.random.randn(2, 4, 14).astype(np.float32)
    return OverlapAddStreamer(), (Tensor(mel),)
